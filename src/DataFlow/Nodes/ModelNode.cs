using DataFlow.Data;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary>
/// The base of the 11 generated nodes of a model: its type name (<c>{Model}{Operation}Node</c>), the session it
/// runs on (the run's open transaction, if any), and the parameter helpers the operations share.
/// </summary>
internal abstract class ModelNode : Node
{
    private readonly string _operation;
    private IReadOnlyList<NodeParameter>? _parameters;

    private ModelEntry _entry;

    protected ModelNode(ModelEntry entry, DataConnections data, string operation)
    {
        _entry = entry;
        Data = data;
        _operation = operation;
        TypeName = entry.Model.Name + operation + "Node";
    }

    /// <inheritdoc />
    public override string TypeName { get; }

    /// <inheritdoc />
    public override string Description => $"{_operation} on {Map.Display}.";

    protected ModelEntry Entry => _entry;

    protected ModelMap Map => Entry.Map;

    protected DataConnections Data { get; }

    /// <summary>The node's own parameters, then <c>transaction</c> (connect a <c>TransactionScopeNode</c>'s output to order the node after it).</summary>
    public sealed override IReadOnlyList<NodeParameter> Parameters => _parameters ??= [.. OwnParameters, ModelParameters.Transaction];

    /// <summary>The parameters of the operation.</summary>
    protected abstract IReadOnlyList<NodeParameter> OwnParameters { get; }

    /// <summary>
    /// A node that needs a key on a table without one accepts any parameters, so that building the workflow reaches
    /// <see cref="Validate"/>, which explains the real problem (<c>DF-MODEL-003</c>) instead of a parameter error.
    /// </summary>
    public override bool AcceptsUndeclaredParameters => NeedsKey && !Map.HasKey;

    /// <summary>True for operations that find rows by primary key.</summary>
    protected virtual bool NeedsKey => false;

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        _entry = await _entry.ReadyAsync(cancellationToken);
        RequireKey();
        await using var session = await Data.SessionAsync(context.RunId, cancellationToken);
        return await RunAsync(session, context.Inputs, cancellationToken);
    }

    /// <summary>Runs the operation on <paramref name="session"/>.</summary>
    protected abstract Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected internal override void Validate(NodeValidationContext context) => RequireKey();

    /// <summary><paramref name="parameter"/> as required, unless the node cannot work anyway (a keyed operation on a table without key).</summary>
    protected NodeParameter Required(NodeParameter parameter) => NeedsKey && !Map.HasKey ? parameter : parameter with { Required = true };

    /// <summary>The parameters for the key: each key column (unless it clashes with an option), <c>id</c> and <c>key</c>.</summary>
    protected IEnumerable<NodeParameter> KeyParameters(params string[] options)
    {
        foreach (var column in Map.Key.Where(c => !options.Contains(c.Name) && c.Name is not ("id" or "key")))
        {
            yield return new NodeParameter(column.Name, ParameterType.Any) { Description = "Key column." };
        }

        yield return new NodeParameter("id", ParameterType.Any) { Description = "The key of a single-column key (any column name), or the column 'id'." };
        yield return new NodeParameter("key", ParameterType.Any) { Description = "The key as { column: value } (or a value for a single-column key)." };
    }

    /// <summary>A parameter for each writable column not named like an option, so records can be given flat.</summary>
    protected IEnumerable<NodeParameter> ColumnParameters(params string[] options) =>
        Map.Table.Columns.Where(c => ModelMap.NotWritableReason(c) is null && !options.Contains(c.Name))
            .Select(c => new NodeParameter(c.Name, ParameterType.Any) { Description = $"Column {c.Name} ({c.Type})." });

    /// <summary>The record: <c>data</c> when given, else the column parameters that have a value.</summary>
    protected IReadOnlyDictionary<string, object?> RecordFrom(NodeInputs inputs)
    {
        if (inputs.TryGetValue("data", out var data) && data is not null)
        {
            return RecordInput.AsObject(data, "data");
        }

        var record = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in inputs)
        {
            if (Map.TryGetColumn(name, out _) && name is not ("data" or "conflict_on"))
            {
                record[name] = value;
            }
        }

        return record;
    }

    /// <summary>The key values from the inputs.</summary>
    protected object?[] KeyFrom(NodeInputs inputs) =>
        KeyValues.From(Map, inputs, TypeName);

    private void RequireKey()
    {
        if (NeedsKey && !Map.HasKey)
        {
            throw DataFlowErrors.ModelHasNoPrimaryKey(Map.Display, TypeName);
        }
    }
}
