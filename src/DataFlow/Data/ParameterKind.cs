namespace DataFlow.Data;

/// <summary>How a dialect should type a parameter beyond its CLR value.</summary>
internal enum ParameterKind
{
    /// <summary>From the CLR value (the driver's default mapping).</summary>
    Inferred = 0,

    /// <summary>Text whose type the server infers from the context (PostgreSQL <c>unknown</c>): dates, enums, UUIDs given as text.</summary>
    UntypedText,

    /// <summary>JSON text for a <c>json</c> column.</summary>
    Json,

    /// <summary>JSON text for a <c>jsonb</c> column.</summary>
    Jsonb,
}
