using System.Data.Common;

namespace DataFlow.Data;

/// <summary>An <see cref="IRowReader"/> over a driver's <see cref="DbDataReader"/>; owns the command and the reader.</summary>
internal sealed class DbRowReader : IRowReader
{
    private readonly DbCommand _command;
    private readonly DbDataReader _reader;

    private DbRowReader(DbCommand command, DbDataReader reader)
    {
        _command = command;
        _reader = reader;
    }

    /// <summary>Runs <paramref name="text"/> on <paramref name="session"/> and returns its reader.</summary>
    public static async Task<IRowReader> OpenAsync(DataSession session, string text, IReadOnlyList<SqlArgument> arguments, CancellationToken cancellationToken)
    {
        var command = session.Command(text, arguments);
        try
        {
            return new DbRowReader(command, await command.ExecuteReaderAsync(cancellationToken));
        }
        catch
        {
            await command.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken) => new(_reader.ReadAsync(cancellationToken));

    /// <inheritdoc />
    public object? GetValue(int ordinal) => _reader.GetValue(ordinal) is var value && value is DBNull ? null : value;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync();
        await _command.DisposeAsync();
    }
}
