namespace DataFlow.Annotations;

/// <summary>The table has no primary key, even though the class has an <c>Id</c> property.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class KeylessAttribute : Attribute;
