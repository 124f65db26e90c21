using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>The C# enum generated for one database enum.</summary>
/// <param name="Enum">The database enum.</param>
/// <param name="ClassName">The C# enum name, unique in the namespace.</param>
/// <param name="Members">The member names, one per label, in label order.</param>
internal sealed record EnumPlan(EnumType Enum, string ClassName, IReadOnlyList<string> Members);
