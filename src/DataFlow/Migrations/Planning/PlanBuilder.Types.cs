using DataFlow.Diff;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <content>Enums, domains, sequences, and comments on any object.</content>
internal sealed partial class PlanBuilder
{
    private void PlanType(SchemaChange change)
    {
        switch (change.Kind, change.Action)
        {
            case (SchemaObjectKind.Enum, ChangeAction.Added) when _to.Enums.FirstOrDefault(e => e.QualifiedName == change.Path) is { } type:
                Add(PlanPhase.CreateTypes, "create enum " + type.QualifiedName, [_ddl.CreateEnum(type)], RiskAssessment.None);
                CommentType("TYPE", type.Schema, type.Name, type.QualifiedName, type.Comment);
                break;
            case (SchemaObjectKind.Enum, ChangeAction.Removed) when _from.Enums.FirstOrDefault(e => e.QualifiedName == change.Path) is { } type:
                Add(PlanPhase.DropTypes, "drop enum " + type.QualifiedName, [_ddl.DropEnum(type)], RiskAssessment.Of(RiskRules.DropType("enum", type.QualifiedName)), destructive: true);
                break;
            case (SchemaObjectKind.Enum, ChangeAction.Changed) when change.Property == "values added" && _to.Enums.FirstOrDefault(e => e.QualifiedName == change.Path) is { } type:
                AddEnumValues(type);
                break;
            case (SchemaObjectKind.Enum, ChangeAction.Changed) when change.Property == "values removed":
                Add(PlanPhase.Manual, $"remove {change.Before} from enum {change.Path}", [], RiskAssessment.Of(RiskRules.EnumValueRemoval(change.Path, change.Before!)),
                    destructive: true, enabled: false, hint: "PostgreSQL cannot drop an enum value: update the rows that hold it, create the new type, ALTER the columns to it, drop the old type");
                break;
            case (SchemaObjectKind.Domain, ChangeAction.Added) when _to.Domains.FirstOrDefault(d => d.QualifiedName == change.Path) is { } domain:
                Add(PlanPhase.CreateTypes, "create domain " + domain.QualifiedName, [_ddl.CreateDomain(domain)], RiskAssessment.None);
                CommentType("DOMAIN", domain.Schema, domain.Name, domain.QualifiedName, domain.Comment);
                break;
            case (SchemaObjectKind.Domain, ChangeAction.Removed) when _from.Domains.FirstOrDefault(d => d.QualifiedName == change.Path) is { } domain:
                Add(PlanPhase.DropTypes, "drop domain " + domain.QualifiedName, [_ddl.DropDomain(domain)], RiskAssessment.Of(RiskRules.DropType("domain", domain.QualifiedName)), destructive: true);
                break;
            case (SchemaObjectKind.Sequence, ChangeAction.Added) when _to.Sequences.FirstOrDefault(s => s.QualifiedName == change.Path) is { } sequence:
                if (!sequence.IsIdentity)
                {
                    CreateSequence(sequence); // an identity column creates its own sequence
                }

                break;
            case (SchemaObjectKind.Sequence, ChangeAction.Removed) when _from.Sequences.FirstOrDefault(s => s.QualifiedName == change.Path) is { } sequence:
                if (!sequence.IsIdentity && !DroppedWithOwner(sequence))
                {
                    Add(PlanPhase.DropTypes, "drop sequence " + sequence.QualifiedName, [_ddl.DropSequence(sequence)],
                        RiskAssessment.Of(RiskRules.DropType("sequence", sequence.QualifiedName)), destructive: true);
                }

                break;
            case (SchemaObjectKind.Sequence, _):
            case (_, ChangeAction.Changed):
                Manual($"change the {change.Property} of {KindName(change.Kind)} {change.Path}",
                    $"the {change.Property} of {KindName(change.Kind)} {change.Path} changes from '{change.Before ?? "(none)"}' to '{change.After ?? "(none)"}'; DataFlow does not plan this change, do it by hand");
                break;
        }
    }

    private void AddEnumValues(EnumType type)
    {
        var old = _from.Enums.First(e => e.QualifiedName == type.QualifiedName).Values.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < type.Values.Count; i++)
        {
            var value = type.Values[i];
            if (!old.Contains(value))
            {
                Add(PlanPhase.CreateTypes, $"add value {value} to enum {type.QualifiedName}", [_ddl.AddEnumValue(type, value, i == 0 ? null : type.Values[i - 1], i + 1 < type.Values.Count ? type.Values[i + 1] : null)],
                    RiskAssessment.Of(RiskRules.EnumValueAdded(type.QualifiedName, value)));
            }
        }
    }

    private void CreateSequence(Sequence sequence)
    {
        Add(PlanPhase.CreateTypes, "create sequence " + sequence.QualifiedName, [_ddl.CreateSequence(sequence)], RiskAssessment.None);
        if (sequence.OwnedBy is { } owner && SplitTo(owner) is var (table, column))
        {
            Add(PlanPhase.SequenceOwnership, $"sequence {sequence.QualifiedName} owned by {owner}", [_ddl.SequenceOwnedBy(sequence, table, column)], RiskAssessment.None);
        }
    }

    /// <summary>A sequence owned by a column of a table that is dropped goes with the table.</summary>
    private bool DroppedWithOwner(Sequence sequence) =>
        sequence.OwnedBy is { } owner && Split(owner, _fromTables) is var (table, _) && !_toTables.ContainsKey(table.QualifiedName) && !_renamedTables.ContainsValue(table.QualifiedName);

    private void PlanComment(SchemaChange change)
    {
        if ((_ddl.Features & Ddl.DdlFeatures.Comments) == 0)
        {
            return;
        }

        var path = change.Path;
        (string Kind, string Target)? target =
            _toTables.TryGetValue(path, out var table) ? ("TABLE", _ddl.Name(table.Schema, table.Name))
            : SplitTo(path) is var (owner, column) ? ("COLUMN", _ddl.Name(owner.Schema, owner.Name) + "." + _ddl.Quote(column))
            : _to.Views.FirstOrDefault(v => v.QualifiedName == path) is { } view ? (view.IsMaterialized ? "MATERIALIZED VIEW" : "VIEW", _ddl.Name(view.Schema, view.Name))
            : SplitView(_to.Views, path) is var (viewOwner, viewColumn) ? ("COLUMN", _ddl.Name(viewOwner.Schema, viewOwner.Name) + "." + _ddl.Quote(viewColumn))
            : _to.Enums.FirstOrDefault(e => e.QualifiedName == path) is { } type ? ("TYPE", _ddl.Name(type.Schema, type.Name))
            : _to.Domains.FirstOrDefault(d => d.QualifiedName == path) is { } domain ? ("DOMAIN", _ddl.Name(domain.Schema, domain.Name))
            : null;
        if (target is var (kind, name))
        {
            Add(PlanPhase.Comments, "comment on " + path, [_ddl.Comment(kind, name, change.After)], RiskAssessment.None);
        }
    }

    private void CommentType(string kind, string? schema, string name, string path, string? comment)
    {
        if (comment is not null && (_ddl.Features & Ddl.DdlFeatures.Comments) != 0)
        {
            Add(PlanPhase.Comments, "comment on " + path, [_ddl.Comment(kind, _ddl.Name(schema, name), comment)], RiskAssessment.None);
        }
    }

    private static string KindName(SchemaObjectKind kind) => kind switch
    {
        SchemaObjectKind.Enum => "enum",
        SchemaObjectKind.Domain => "domain",
        SchemaObjectKind.Sequence => "sequence",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
