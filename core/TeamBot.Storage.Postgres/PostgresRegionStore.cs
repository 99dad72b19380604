using Dapper;
using Npgsql;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Postgres;

/// <summary>
/// The region data in PostgreSQL. A replace is one transaction that first locks data_version, so two imports at once
/// run one after the other; a load reads one snapshot (REPEATABLE READ), so it never sees half an import.
/// </summary>
public sealed class PostgresRegionStore(PostgresDatabase database) : IRegionStore
{
    private static readonly string[] RegionTables = ["document_section", "contract_document", "contract", "product", "provider", "municipality"];

    public async Task<RegionData> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var municipalities = await ReadRowsAsync(connection, transaction, "SELECT * FROM municipality ORDER BY position", RegionRows.Municipality, cancellationToken);
        var providers = await ReadRowsAsync(connection, transaction, "SELECT * FROM provider ORDER BY position", RegionRows.Provider, cancellationToken);
        var products = await ReadRowsAsync(connection, transaction, "SELECT * FROM product ORDER BY position", RegionRows.Product, cancellationToken);
        var contracts = await ReadRowsAsync(connection, transaction, "SELECT * FROM contract ORDER BY position", RegionRows.Contract, cancellationToken);
        var documents = await LoadDocumentsAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RegionData(municipalities, providers, products, contracts, documents);
    }

    public async Task<long> GetDataVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(Sql.Command("SELECT version FROM data_version WHERE id = 1", null, cancellationToken));
    }

    public async Task<ImportRecord> ReplaceAsync(RegionData data, ImportRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command("SELECT version FROM data_version WHERE id = 1 FOR UPDATE", null, cancellationToken, transaction));
        foreach (var table in RegionTables)
            await connection.ExecuteAsync(Sql.Command($"DELETE FROM {table}", null, cancellationToken, transaction));
        await InsertRegionAsync(connection, transaction, data, cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(Sql.Command(
            "INSERT INTO import_history (imported_at, file_name, sha256, counts, changes) VALUES (@ImportedAt, @FileName, @Sha256, @Counts::jsonb, @Changes::jsonb) RETURNING id",
            RegionRows.ImportRecordRow(record), cancellationToken, transaction));
        await connection.ExecuteAsync(Sql.Command("UPDATE data_version SET version = version + 1 WHERE id = 1", null, cancellationToken, transaction));
        await transaction.CommitAsync(cancellationToken);
        return record with { Id = id };
    }

    public async Task<IReadOnlyList<ImportRecord>> GetImportHistoryAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = StoredRow.From(await connection.QueryAsync<object>(Sql.Command(
            "SELECT * FROM import_history ORDER BY id DESC LIMIT @limit", new { limit }, cancellationToken)));
        return rows.Select(RegionRows.ImportRecord).ToList();
    }

    private static async Task InsertRegionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RegionData data, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(Sql.Command(
            "INSERT INTO municipality (position, name, regions, access_team, figures) VALUES (@Position, @Name, @Regions::jsonb, @AccessTeam, @Figures::json)",
            data.Municipalities.Select(RegionRows.MunicipalityRow), cancellationToken, transaction));
        await connection.ExecuteAsync(Sql.Command(
            "INSERT INTO provider (position, name, chamber_of_commerce_number, website, phone, email, contact_person, contract_manager, specialisations, target_groups) VALUES (@Position, @Name, @ChamberOfCommerceNumber, @Website, @Phone, @Email, @ContactPerson, @ContractManager, @Specialisations::jsonb, @TargetGroups::jsonb)",
            data.Providers.Select(RegionRows.ProviderRow), cancellationToken, transaction));
        await connection.ExecuteAsync(Sql.Command(
            "INSERT INTO product (position, code, name, law, category, segment, unit, description) VALUES (@Position, @Code, @Name, @Law, @Category, @Segment, @Unit, @Description)",
            data.Products.Select(RegionRows.ProductRow), cancellationToken, transaction));
        await connection.ExecuteAsync(Sql.Command(
            "INSERT INTO contract (position, provider, product_code, region, municipalities, all_municipalities, delivery_model, rate, start_date, end_date, max_end_date, lot, status, remark) VALUES (@Position, @Provider, @ProductCode, @Region, @Municipalities::jsonb, @AllMunicipalities, @DeliveryModel, @Rate, @StartDate, @EndDate, @MaxEndDate, @Lot, @Status, @Remark)",
            data.Contracts.Select(RegionRows.ContractRow), cancellationToken, transaction));
        await connection.ExecuteAsync(Sql.Command(
            "INSERT INTO contract_document (position, title, file_name, sha256) VALUES (@Position, @Title, @FileName, @Sha256)",
            data.Documents.Select(RegionRows.DocumentRow), cancellationToken, transaction));
        await connection.ExecuteAsync(Sql.Command(
            "INSERT INTO document_section (document_position, section_index, heading, level, path, text) VALUES (@DocumentPosition, @SectionIndex, @Heading, @Level, @Path, @Text)",
            data.Documents.SelectMany((d, i) => d.Sections.Select(s => RegionRows.SectionRow(s, i))), cancellationToken, transaction));
    }

    private static async Task<List<ContractDocument>> LoadDocumentsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var sections = StoredRow.From(await connection.QueryAsync<object>(Sql.Command("SELECT * FROM document_section ORDER BY document_position, section_index", null, cancellationToken, transaction)))
            .GroupBy(r => r.Integer("document_position"))
            .ToDictionary(g => g.Key, g => g.Select(RegionRows.Section).ToList());
        var documents = StoredRow.From(await connection.QueryAsync<object>(Sql.Command("SELECT * FROM contract_document ORDER BY position", null, cancellationToken, transaction)));
        return documents.Select(d => new ContractDocument(
            d.Text("title"), d.Text("file_name"), d.Text("sha256"),
            sections.TryGetValue(d.Integer("position"), out var list) ? list : [])).ToList();
    }

    private static async Task<List<T>> ReadRowsAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, Func<StoredRow, T> map, CancellationToken cancellationToken) =>
        StoredRow.From(await connection.QueryAsync<object>(Sql.Command(sql, null, cancellationToken, transaction))).Select(map).ToList();
}
