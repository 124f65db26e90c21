namespace DataFlow.Annotations;

/// <summary>Marks a class that holds schema-level objects (<see cref="SequenceAttribute"/>) and maps no table.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class DatabaseObjectsAttribute : Attribute;
