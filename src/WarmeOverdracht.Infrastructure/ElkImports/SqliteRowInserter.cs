using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Inserts new entities of one type with one prepared SQLite statement inside the context's open
/// transaction: per row only a bind and a step, where SaveChanges would track the entity, build SQL text
/// and parse it again for every row. Table, columns and value conversions (enums, DateTimeOffset stored
/// as binary) come from the EF model, so the row is the one SaveChanges would have written. The generated
/// key is read back into the entity. The entity is not tracked by the context.
/// </summary>
internal sealed class SqliteRowInserter<T> : IDisposable
    where T : class
{
    private readonly SqliteCommand command;
    private readonly List<(PropertyInfo Property, ValueConverter? Converter, SqliteParameter Parameter)> columns = [];
    private readonly PropertyInfo key;

    public SqliteRowInserter(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var keyProperty = entity.FindPrimaryKey()!.Properties.Single();
        key = keyProperty.PropertyInfo!;
        command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();

        var names = new List<string>();
        foreach (var property in entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never))
        {
            var parameter = command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + names.Count });
            columns.Add((property.PropertyInfo!, property.GetTypeMapping().Converter, parameter));
            names.Add(Quote(property.GetColumnName()));
        }

        command.CommandText = $"INSERT INTO {Quote(entity.GetTableName()!)} ({string.Join(", ", names)}) "
            + $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))}) "
            + $"RETURNING {Quote(keyProperty.GetColumnName())}";
        command.Prepare();
    }

    /// <summary>
    /// Inserts <paramref name="entity"/> and sets its generated key. A refused row throws
    /// <see cref="DbUpdateException"/>, as SaveChanges would, so callers handle both the same way.
    /// </summary>
    public void Insert(T entity)
    {
        foreach (var (property, converter, parameter) in columns)
        {
            var value = property.GetValue(entity);
            value = value is null || converter is null ? value : converter.ConvertToProvider(value);
            parameter.Value = value is Enum
                ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
                : value ?? DBNull.Value;
        }

        object? id;
        try
        {
            id = command.ExecuteScalar();
        }
        catch (SqliteException exception)
        {
            throw new DbUpdateException($"Inserting a {typeof(T).Name} failed.", exception);
        }

        key.SetValue(entity, Convert.ToInt32(id, CultureInfo.InvariantCulture));
    }

    public void Dispose() => command.Dispose();

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
