using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataFlow.Workflows;

/// <summary>Writes a <see cref="NodeOutput"/> as a JSON object (reading one back gives its values as JSON elements).</summary>
internal sealed class NodeOutputJsonConverter : JsonConverter<NodeOutput>
{
    public override NodeOutput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A node output must be a JSON object.");
        }

        return new NodeOutput(document.RootElement.EnumerateObject()
            .Select(p => new KeyValuePair<string, object?>(p.Name, p.Value.Clone())).ToList());
    }

    public override void Write(Utf8JsonWriter writer, NodeOutput value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in value)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, item, item?.GetType() ?? typeof(object), options);
        }

        writer.WriteEndObject();
    }
}
