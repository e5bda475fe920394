namespace VendorGrid.Grains;

/// <summary>
/// Names of the grain-storage providers the silo registers. Both are ADO.NET storage on the same database;
/// separate names let contract state move to its own store or tuning later without touching other grains.
/// </summary>
public static class StorageNames
{
    public const string Contracts = "contracts";
    public const string Directory = "directory";
}
