using Dapper;
using Microsoft.Data.Sqlite;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Sqlite;

/// <summary>The region data in the SQLite file of the data folder; a replace is one transaction.</summary>
public sealed class SqliteRegionStore(SqliteDatabase database) : IRegionStore
{
    private static readonly string[] RegionTables = ["document_section", "contract_document", "contract", "product", "provider", "municipality"];

    public async Task<RegionData> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var municipalities = await QueryAsync(connection, transaction, "SELECT * FROM municipality ORDER BY position", r => (Municipality)RegionRows.Municipality(r));
        var providers = await QueryAsync(connection, transaction, "SELECT * FROM provider ORDER BY position", r => (Provider)RegionRows.Provider(r));
        var products = await QueryAsync(connection, transaction, "SELECT * FROM product ORDER BY position", r => (Product)RegionRows.Product(r));
        var contracts = await QueryAsync(connection, transaction, "SELECT * FROM contract ORDER BY position", r => (Contract)RegionRows.Contract(r));
        var documents = await LoadDocumentsAsync(connection, transaction);
        return new RegionData(municipalities, providers, products, contracts, documents);
    }

    public async Task<long> GetDataVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT version FROM data_version WHERE id = 1");
    }

    public async Task<ImportRecord> ReplaceAsync(RegionData data, ImportRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var table in RegionTables)
            await connection.ExecuteAsync($"DELETE FROM {table}", transaction: transaction);
        await InsertRegionAsync(connection, transaction, data);
        var id = await connection.ExecuteScalarAsync<long>(
            "INSERT INTO import_history (imported_at, file_name, sha256, counts, changes) VALUES (@ImportedAt, @FileName, @Sha256, @Counts, @Changes) RETURNING id",
            RegionRows.ImportRecordRow(record), transaction);
        await connection.ExecuteAsync("UPDATE data_version SET version = version + 1 WHERE id = 1", transaction: transaction);
        await transaction.CommitAsync(cancellationToken);
        return record with { Id = id };
    }

    public async Task<IReadOnlyList<ImportRecord>> GetImportHistoryAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync("SELECT * FROM import_history ORDER BY id DESC LIMIT @limit", new { limit });
        return rows.Select(r => (ImportRecord)RegionRows.ImportRecord(r)).ToList();
    }

    private static async Task InsertRegionAsync(SqliteConnection connection, SqliteTransaction transaction, RegionData data)
    {
        await connection.ExecuteAsync(
            "INSERT INTO municipality VALUES (@Position, @Name, @Regions, @AccessTeam, @Figures)",
            data.Municipalities.Select(RegionRows.MunicipalityRow), transaction);
        await connection.ExecuteAsync(
            "INSERT INTO provider VALUES (@Position, @Name, @ChamberOfCommerceNumber, @Website, @Phone, @Email, @ContactPerson, @ContractManager, @Specialisations, @TargetGroups)",
            data.Providers.Select(RegionRows.ProviderRow), transaction);
        await connection.ExecuteAsync(
            "INSERT INTO product VALUES (@Position, @Code, @Name, @Law, @Category, @Segment, @Unit, @Description)",
            data.Products.Select(RegionRows.ProductRow), transaction);
        await connection.ExecuteAsync(
            "INSERT INTO contract VALUES (@Position, @Provider, @ProductCode, @Region, @Municipalities, @AllMunicipalities, @DeliveryModel, @Rate, @StartDate, @EndDate, @MaxEndDate, @Lot, @Status, @Remark)",
            data.Contracts.Select(RegionRows.ContractRow), transaction);
        await connection.ExecuteAsync(
            "INSERT INTO contract_document VALUES (@Position, @Title, @FileName, @Sha256)",
            data.Documents.Select(RegionRows.DocumentRow), transaction);
        await connection.ExecuteAsync(
            "INSERT INTO document_section VALUES (@DocumentPosition, @SectionIndex, @Heading, @Level, @Path, @Text)",
            data.Documents.SelectMany((d, i) => d.Sections.Select(s => RegionRows.SectionRow(s, i))), transaction);
    }

    private static async Task<List<ContractDocument>> LoadDocumentsAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var sections = (await connection.QueryAsync("SELECT * FROM document_section ORDER BY document_position, section_index", transaction: transaction))
            .GroupBy(r => (long)r.document_position)
            .ToDictionary(g => g.Key, g => g.Select(r => (DocumentSection)RegionRows.Section(r)).ToList());
        var documents = await connection.QueryAsync("SELECT * FROM contract_document ORDER BY position", transaction: transaction);
        return documents.Select(d => new ContractDocument(
            (string)d.title, (string)d.file_name, (string)d.sha256,
            sections.TryGetValue((long)d.position, out List<DocumentSection>? list) ? list : [])).ToList();
    }

    private static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, Func<dynamic, T> map) =>
        (await connection.QueryAsync(sql, transaction: transaction)).Select(map).ToList();

}
