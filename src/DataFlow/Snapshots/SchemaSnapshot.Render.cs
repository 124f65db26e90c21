using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Snapshots;

/// <summary>The snapshot document and the schema hash from one serialization (scaffolding needs both).</summary>
public static partial class SchemaSnapshot
{
    // "sha256:" and 64 hex digits: as long as every hash, so the real one replaces it in place.
    private static readonly string HashPlaceholder = "sha256:" + new string('0', 64);

    /// <summary>
    /// <see cref="ToJson(DatabaseSchema)"/> as UTF-8 and <see cref="ComputeHash"/>, serializing the schema once: the document
    /// is written with a placeholder hash; the schema's compact form, which the hash is taken of, is its value in the
    /// document without the whitespace between tokens (indentation is the only difference between the two); the hash
    /// then replaces the placeholder.
    /// </summary>
    internal static (byte[] Utf8Json, string SchemaHash) Render(DatabaseSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var canonical = SchemaCanonicalizer.Canonicalize(schema);
        var document = JsonSerializer.SerializeToUtf8Bytes(new SnapshotDocument(FormatName, FormatVersion, HashPlaceholder, canonical), JsonOptions);

        // "schema" is the document's last property: its value runs from after the marker to the closing "\n}".
        ReadOnlySpan<byte> marker = "\n  \"schema\": "u8;
        var start = document.AsSpan().IndexOf(marker);
        if (start < 0 || !document.AsSpan().EndsWith("\n}"u8))
        {
            throw new InvalidOperationException("The snapshot document does not end with the schema.");
        }

        var hash = "sha256:" + Convert.ToHexStringLower(CompactSha256(document.AsSpan(start + marker.Length, document.Length - 2 - start - marker.Length)));
        var placeholderAt = document.AsSpan(0, start).IndexOf(Encoding.ASCII.GetBytes(HashPlaceholder));
        Encoding.ASCII.GetBytes(hash, document.AsSpan(placeholderAt, HashPlaceholder.Length));

        var json = new byte[document.Length + 1];
        document.CopyTo(json, 0);
        json[^1] = (byte)'\n';
        return (json, hash);
    }

    // SHA-256 of indented JSON with the whitespace outside strings removed (what the compact writer would have written).
    private static byte[] CompactSha256(ReadOnlySpan<byte> indented)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> chunk = stackalloc byte[8192];
        var length = 0;
        var inString = false;
        var escaped = false;
        foreach (var b in indented)
        {
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    escaped = true;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b is (byte)' ' or (byte)'\n')
            {
                continue;
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }

            chunk[length++] = b;
            if (length == chunk.Length)
            {
                sha.AppendData(chunk);
                length = 0;
            }
        }

        sha.AppendData(chunk[..length]);
        return sha.GetHashAndReset();
    }
}
