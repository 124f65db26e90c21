using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Snapshots;

/// <summary>
/// The versioned JSON form of a <see cref="DatabaseSchema"/>: byte-identical for equal schemas
/// (stable order, no timestamps, <c>\n</c> line ends), with a SHA-256 hash of the canonical form.
/// </summary>
public static partial class SchemaSnapshot
{
    /// <summary>The value of the <c>format</c> property that marks a DataFlow snapshot.</summary>
    public const string FormatName = "dataflow-schema-snapshot";

    /// <summary>The format version this library writes (and the newest it reads).</summary>
    public const int FormatVersion = 1;

    internal static readonly JsonSerializerOptions JsonOptions = CreateOptions(indented: true);
    private static readonly JsonSerializerOptions CanonicalOptions = CreateOptions(indented: false);

    /// <summary>The snapshot document: format marker, version, hash and the schema in canonical order.</summary>
    public static string ToJson(DatabaseSchema schema) => ToJson(schema, schemaHash: null);

    /// <summary><see cref="ToJson(DatabaseSchema)"/> with the hash already computed by <see cref="ComputeHash"/> for this schema (saves serializing it twice).</summary>
    internal static string ToJson(DatabaseSchema schema, string? schemaHash)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var canonical = SchemaCanonicalizer.Canonicalize(schema);
        var document = new SnapshotDocument(FormatName, FormatVersion, schemaHash ?? ComputeHash(canonical), canonical);
        return JsonSerializer.Serialize(document, JsonOptions) + "\n";
    }

    /// <summary>Reads a snapshot document.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="source">A name for error messages (usually the file path).</param>
    /// <exception cref="DataFlowException">The text is not a valid snapshot (<c>DF-SNAP-001</c>) or of a newer version (<c>DF-SNAP-002</c>).</exception>
    public static DatabaseSchema FromJson(string json, string source = "snapshot")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw DataFlowErrors.InvalidSnapshot(source, "the top level is not a JSON object");
        }
        catch (JsonException ex)
        {
            throw DataFlowErrors.InvalidSnapshot(source, $"invalid JSON at line {ex.LineNumber + 1}: {ex.Message}", ex);
        }

        if (root["format"]?.GetValueKind() != JsonValueKind.String || root["format"]!.GetValue<string>() != FormatName)
        {
            throw DataFlowErrors.InvalidSnapshot(source, $"the property \"format\" is not \"{FormatName}\"");
        }

        var version = root["formatVersion"]?.GetValueKind() == JsonValueKind.Number ? root["formatVersion"]!.GetValue<int>() : -1;
        if (version < 1)
        {
            throw DataFlowErrors.InvalidSnapshot(source, "the property \"formatVersion\" is missing or not a positive number");
        }

        if (version > FormatVersion)
        {
            throw DataFlowErrors.UnsupportedSnapshotVersion(source, version, FormatVersion);
        }

        try
        {
            return root["schema"]?.Deserialize<DatabaseSchema>(JsonOptions)
                ?? throw DataFlowErrors.InvalidSnapshot(source, "the property \"schema\" is missing");
        }
        catch (JsonException ex)
        {
            throw DataFlowErrors.InvalidSnapshot(source, $"the schema does not match the format at {ex.Path}: {ex.Message}", ex);
        }
    }

    /// <summary>Writes a snapshot file (UTF-8, no BOM).</summary>
    public static Task WriteAsync(DatabaseSchema schema, string path, CancellationToken cancellationToken = default) =>
        WriteAsync(schema, path, schemaHash: null, cancellationToken);

    /// <summary><see cref="WriteAsync(DatabaseSchema, string, CancellationToken)"/> with the hash already computed for this schema.</summary>
    internal static Task WriteAsync(DatabaseSchema schema, string path, string? schemaHash, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(path, ToJson(schema, schemaHash), new System.Text.UTF8Encoding(false), cancellationToken);

    /// <summary>Reads a snapshot file.</summary>
    /// <exception cref="DataFlowException">The file is missing or not a valid snapshot.</exception>
    public static async Task<DatabaseSchema> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw DataFlowErrors.InvalidSnapshot(path, "the file does not exist");
        }

        return FromJson(await File.ReadAllTextAsync(path, cancellationToken), path);
    }

    /// <summary>
    /// <c>sha256:</c> and the hex SHA-256 of the schema's canonical form (stable order, compact JSON):
    /// equal schemas have equal hashes whatever order their lists were built in.
    /// </summary>
    public static string ComputeHash(DatabaseSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(SchemaCanonicalizer.Canonicalize(schema), CanonicalOptions);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The snapshot's JSON options; <paramref name="reflectionOnly"/> leaves out the generated metadata (tests compare both).</summary>
    internal static JsonSerializerOptions CreateOptions(bool indented, bool reflectionOnly = false)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            // Generated metadata for the schema model; reflection for anything it does not cover (the immutable arrays
            // EquatableArray reads through).
            TypeInfoResolver = (reflectionOnly ? new DefaultJsonTypeInfoResolver() : JsonTypeInfoResolver.Combine(SnapshotJsonContext.Default, new DefaultJsonTypeInfoResolver()))
                .WithAddedModifier(AlwaysWriteRequiredMembers),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    // WhenWritingDefault would leave out a required member that holds its default (the 'unknown' type kind, an
    // empty column list of a view), and reading it back would then fail; required members are always written.
    private static void AlwaysWriteRequiredMembers(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.IsRequired)
            {
                property.ShouldSerialize = static (_, _) => true;
            }
        }
    }

    internal sealed record SnapshotDocument(string Format, int FormatVersion, string SchemaHash, DatabaseSchema Schema);
}
