namespace DataFlow.Annotations;

/// <summary>Marks a class that holds schema-level objects (<see cref="SequenceAttribute"/>, <see cref="DomainAttribute"/>) and maps no table.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class DatabaseObjectsAttribute : Attribute;
