using DataFlow.Nodes.Maintenance;

namespace DataFlow;

/// <summary>The data nodes every database has: backfill, data migration, validation, monitoring, schema modification, migration tracking and NOT NULL columns on live tables.</summary>
public sealed partial class DataFlowDb
{
    private void RegisterDataNodes() =>
        Nodes.Register(new DataBackfillNode(Data))
            .Register(new DataMigrationNode(Data))
            .Register(new ValidationNode(Data))
            .Register(new MonitoringNode(Data))
            .Register(new Nodes.SchemaChanges.SchemaModificationNode(Data, SchemaChanges))
            .Register(new Nodes.SchemaChanges.MigrationNode(Data, SchemaChanges))
            .Register(new Nodes.SchemaChanges.NotNullColumnNode(this))
            .Register(new Nodes.SchemaChanges.ColumnRemovalNode(this));
}
