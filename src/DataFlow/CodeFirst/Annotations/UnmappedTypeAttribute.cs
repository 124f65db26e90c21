namespace DataFlow.Annotations;

/// <summary>The database type (from <c>[Column(TypeName = ...)]</c>) has no CLR mapping; the property holds its text.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class UnmappedTypeAttribute : Attribute;
