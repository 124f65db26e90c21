namespace DataFlow.Data;

/// <summary>What a bulk write does with a record whose key (or <c>conflict_on</c> columns) already exists.</summary>
public enum ConflictResolution
{
    /// <summary>Fail: the database's unique violation becomes <c>DF-DATA-008</c> and nothing of the batch is written.</summary>
    Error,

    /// <summary>Leave the existing row and count the record as skipped.</summary>
    Skip,

    /// <summary>Update the existing row with the record's values.</summary>
    Update,
}
