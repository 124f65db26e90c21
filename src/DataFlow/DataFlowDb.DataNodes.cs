using DataFlow.Nodes.Maintenance;

namespace DataFlow;

/// <summary>The data nodes every database has: backfill, data migration, validation and monitoring.</summary>
public sealed partial class DataFlowDb
{
    private void RegisterDataNodes() =>
        Nodes.Register(new DataBackfillNode(Data))
            .Register(new DataMigrationNode(Data))
            .Register(new ValidationNode(Data))
            .Register(new MonitoringNode(Data));
}
