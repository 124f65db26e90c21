using DataFlow.Migrations.Ddl;
using DataFlow.Migrations.Files;
using DataFlow.Migrations.Planning;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;
using DataFlow.Tests.Diff;

namespace DataFlow.Tests.Migrations;

/// <summary>Planner rules on hand-built schemas: risks, disabled steps, options, order, and the errors.</summary>
public sealed class PlannerRulesTests
{
    private static readonly DatabaseSchema Shop = DiffSchemas.Shop();

    private static readonly MigrationPlannerOptions Allow = new() { AllowDestructive = true };

    [Fact]
    public void Setting_not_null_is_high_risk_and_commented_out_by_default()
    {
        var to = Shop.WithTable("users", t => t.WithColumn("name", c => c with { IsNullable = false }));

        var step = Assert.Single(MigrationPlanner.Plan(Shop, to).Steps);

        Assert.False(step.IsEnabled);
        Assert.True(step.IsDestructive);
        Assert.Equal(RiskLevel.High, step.Risk.Level);
        Assert.Equal(RiskCodes.NotNullOnColumn, step.Risk.Findings[0].Code);
        Assert.Equal(["ALTER TABLE \"public\".\"users\" ALTER COLUMN \"name\" SET NOT NULL"], step.Statements.ToArray());
    }

    [Fact]
    public void Constraints_on_existing_tables_can_be_added_not_valid_and_validated_after()
    {
        var to = Shop.WithTable("users", t => t with
        {
            CheckConstraints = [new CheckConstraint { Name = "name_set", Expression = "name <> ''" }],
            UniqueConstraints = [.. t.UniqueConstraints, new UniqueConstraint { Name = "users_name_key", Columns = ["name"] }],
        });

        var plain = MigrationPlanner.Plan(Shop, to);
        var notValid = MigrationPlanner.Plan(Shop, to, options: new MigrationPlannerOptions { NotValidConstraints = true });

        Assert.Contains(plain.Steps, s => s.Risk.Findings.Any(f => f.Code == RiskCodes.ConstraintWithoutNotValid));
        Assert.Contains(plain.Steps, s => s.Risk.Findings.Any(f => f.Code == RiskCodes.UniqueAdded));
        Assert.Equal(
            ["ALTER TABLE \"public\".\"users\" ADD CONSTRAINT \"name_set\" CHECK (name <> '') NOT VALID", "ALTER TABLE \"public\".\"users\" VALIDATE CONSTRAINT \"name_set\""],
            notValid.Steps.Single(s => s.Description.Contains("name_set", StringComparison.Ordinal)).Statements.ToArray());
    }

    [Fact]
    public void A_dropped_table_loses_its_foreign_keys_first_and_a_retyped_column_recreates_the_views_reading_it()
    {
        var from = Shop.WithTable("orders", t => t with { ForeignKeys = [t.ForeignKeys[0] with { Name = "orders_user_fk" }] });
        var to = Shop with
        {
            Tables = [Shop.Tables[0].WithColumn("email", c => c with { RawType = "text", Type = LogicalType.String() })],
        };

        var steps = MigrationPlanner.Plan(from, to, options: Allow).Steps.Select(s => s.Description).ToList();

        Assert.Equal(
            [
                "drop (to recreate) view public.user_emails",
                "drop the foreign keys of public.orders (the table is dropped)",
                "change the type of public.users.email from character varying(200) [string(200)] to text [string]",
                "drop table public.orders",
                "create view public.user_emails",
            ],
            steps);
    }

    [Fact]
    public void Types_come_before_the_tables_that_use_them_and_removed_types_after()
    {
        var to = Shop with
        {
            Enums = [new EnumType { Schema = "public", Name = "size", Values = ["s", "m"] }],
            Tables = [Shop.Tables[0] with { Columns = [.. Shop.Tables[0].Columns, new Column { Name = "size", Ordinal = 4, RawType = "size", Type = LogicalType.EnumOf("public.size"), IsNullable = true }] }, Shop.Tables[1]],
        };

        var steps = MigrationPlanner.Plan(Shop, to, options: Allow).Steps.Select(s => s.Description).ToList();

        Assert.True(steps.IndexOf("create enum public.size") < steps.IndexOf("add column public.users.size"));
        Assert.True(steps.IndexOf("add column public.users.size") < steps.IndexOf("drop enum public.mood"));
    }

    [Fact]
    public void Removing_an_enum_value_is_left_for_a_person()
    {
        var to = Shop with { Enums = [Shop.Enums[0] with { Values = ["sad", "happy"] }] };

        var step = Assert.Single(MigrationPlanner.Plan(Shop, to, options: Allow).Steps);

        Assert.False(step.IsEnabled);
        Assert.Empty(step.Statements);
        Assert.Equal(RiskCodes.EnumValueRemoval, step.Risk.Findings[0].Code);
        Assert.Equal(RiskLevel.Critical, step.Risk.Level);
    }

    [Fact]
    public void Schemas_of_two_dialects_are_refused()
    {
        var sqlite = new DatabaseSchema { Dialect = "sqlite", Tables = [new Table { Name = "t", Columns = [DiffSchemas.Int64("id", 1)] }] };

        var error = Assert.Throws<DataFlowConfigurationException>(() => MigrationPlanner.Plan(sqlite, Shop));

        Assert.Equal(ErrorCodes.DialectMismatch, error.Code);
    }

    [Fact]
    public void Sqlite_refuses_an_in_place_type_change_and_points_to_the_rebuild()
    {
        var error = Assert.Throws<DataFlowException>(() => DdlRenderers.For("sqlite").AlterColumnType(Shop.Tables[0], Shop.Tables[0].Columns[1]));

        Assert.Equal(ErrorCodes.DdlNotSupported, error.Code);
        Assert.Contains("SqliteTableRebuild", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assessment_takes_the_highest_level_and_every_category()
    {
        var risk = RiskAssessment.Of(RiskRules.IndexWithoutConcurrently("t.i"), RiskRules.DropColumn("t.c"))
            .WithFacts([new RiskFact { Name = "row_count", Subject = "t", Value = 42 }]);

        Assert.Equal(RiskLevel.Critical, risk.Level);
        Assert.Equal(RiskCodes.DropColumn, risk.Findings[0].Code);
        Assert.True(risk.LosesData);
        Assert.Equal(RiskCategory.DataLoss | RiskCategory.Availability | RiskCategory.Performance | RiskCategory.RollbackComplexity, risk.Categories);
        Assert.Equal(42, Assert.Single(risk.Facts).Value);
        Assert.Equal("CRITICAL [data-loss, rollback] drop_column: drops t.c and its values", MigrationFileFormat.Annotation(risk.Findings[0]));
    }

    [Theory]
    [InlineData("Add User-Email", "add_user_email")]
    [InlineData("addUserEmail", "add_user_email")]
    [InlineData("  2nd  fix!! ", "2nd_fix")]
    public void Migration_names_are_written_in_snake_case(string name, string expected) =>
        Assert.Equal(expected, MigrationFileWriter.SnakeCase(name));

    [Fact]
    public void A_name_without_letters_is_refused() =>
        Assert.Equal(ErrorCodes.InvalidMigrationName, Assert.Throws<DataFlowConfigurationException>(() => MigrationFileWriter.SnakeCase("--")).Code);
}
