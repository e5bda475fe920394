namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// A cache bounded by entries and bytes in which no tenant can push the others out: each tenant may hold at most
/// 1/<c>tenantShare</c> of either bound, and makes room within its own share (its least recently used entries go first).
/// Only when the whole cache is full — which takes <c>tenantShare</c> tenants each near their share — does an entry
/// of the tenant holding the most bytes make room. Reads take no lock; writes and evictions take one.
/// </summary>
public sealed class TenantFairCache<TKey, TValue>(long maxBytes, int maxEntries, int tenantShare) where TKey : notnull
{
    private sealed class Slot(string tenant, TValue value, long size, long used)
    {
        public string Tenant { get; } = tenant;
        public TValue Value { get; } = value;
        public long Size = size;
        public long LastUsed = used;
    }

    private sealed class Share
    {
        public long Bytes;
        public int Entries;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<TKey, Slot> slots = new();
    private readonly Dictionary<string, Share> shares = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long clock, bytes;

    public long MaxBytes => maxBytes;
    public int MaxEntries => maxEntries;
    public long MaxBytesPerTenant => maxBytes / tenantShare;
    public int MaxEntriesPerTenant => Math.Max(1, maxEntries / tenantShare);

    public long Bytes { get { lock (gate) return bytes; } }

    public int Count => slots.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (slots.TryGetValue(key, out var slot))
        {
            Volatile.Write(ref slot.LastUsed, Interlocked.Increment(ref clock));
            value = slot.Value;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>Keeps (or replaces) an entry; one larger than a tenant's whole share is not kept at all.</summary>
    public void Set(TKey key, string tenant, TValue value, long size)
    {
        lock (gate)
        {
            Remove(key);
            if (size > MaxBytesPerTenant) return;
            slots[key] = new Slot(tenant, value, size, Interlocked.Increment(ref clock));
            var share = ShareOf(tenant);
            share.Bytes += size;
            share.Entries++;
            bytes += size;
            while (share.Bytes > MaxBytesPerTenant || share.Entries > MaxEntriesPerTenant) EvictOldest(tenant);
            while (bytes > maxBytes || slots.Count > maxEntries) EvictOldest(shares.MaxBy(s => s.Value.Bytes).Key);
        }
    }

    /// <summary>Counts bytes added to a kept entry (pages cut from it); may make room like <see cref="Set"/>.</summary>
    public bool TryGrow(TKey key, long delta)
    {
        lock (gate)
        {
            if (!slots.TryGetValue(key, out var slot)) return false;
            var share = ShareOf(slot.Tenant);
            if (share.Bytes + delta > MaxBytesPerTenant || bytes + delta > maxBytes) return false;
            slot.Size += delta;
            share.Bytes += delta;
            bytes += delta;
            return true;
        }
    }

    private Share ShareOf(string tenant) =>
        shares.TryGetValue(tenant, out var share) ? share : shares[tenant] = new Share();

    private void EvictOldest(string tenant)
    {
        var oldest = slots.Where(s => s.Value.Tenant == tenant).MinBy(s => Volatile.Read(ref s.Value.LastUsed));
        Remove(oldest.Key);
    }

    private void Remove(TKey key)
    {
        if (!slots.TryRemove(key, out var slot)) return;
        var share = shares[slot.Tenant];
        share.Bytes -= slot.Size;
        share.Entries--;
        bytes -= slot.Size;
        if (share.Entries == 0) shares.Remove(slot.Tenant);
    }
}
