using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataFlow.Data;

/// <summary>Writes a <see cref="Record"/> as a JSON object; records are outputs, never read back from JSON.</summary>
internal sealed class RecordJsonConverter : JsonConverter<Record>
{
    /// <inheritdoc />
    public override Record Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Records are written, not read: deserialize into a dictionary instead.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Record value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, item) in value)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, item, item?.GetType() ?? typeof(object), options);
        }

        writer.WriteEndObject();
    }
}
