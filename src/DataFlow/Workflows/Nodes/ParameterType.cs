namespace DataFlow.Workflows;

/// <summary>The JSON-like type of a node parameter. Values are checked against it when the workflow is built and when they arrive.</summary>
public enum ParameterType
{
    /// <summary>Anything, including null.</summary>
    Any,

    /// <summary>A string.</summary>
    String,

    /// <summary>A whole number of any CLR integer type (or a JSON number without fraction).</summary>
    Integer,

    /// <summary>Any number: integer, floating point or decimal.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A JSON object: a dictionary with string keys, a JSON object, or a plain CLR object with properties.</summary>
    Object,

    /// <summary>A list: an array, a list, or a JSON array (a string is not a list).</summary>
    List,
}
