using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Returns;

/// <summary>A plan's schemes and their owners by id (ignoring case), built once per plan instance: the plan's own
/// <see cref="Plan.FindScheme"/> and <see cref="Plan.OwnerOf"/> scan lists, which made reading a return quadratic in
/// its rows. Plans are immutable, so the index is cached against the instance for as long as the plan lives.</summary>
internal sealed class PlanIndex
{
    private static readonly ConditionalWeakTable<Plan, PlanIndex> Cache = [];

    private readonly Dictionary<string, Scheme> schemes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Contributor> owners = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (Scheme Scheme, Contributor? Owner, int Ordinal)> schemesWithOwners = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Contributor, ImmutableArray<int>> contributorOrdinals = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, (Scheme Scheme, Contributor? Owner, int Ordinal)>.AlternateLookup<ReadOnlySpan<char>> schemesWithOwnersBySpan;
    private readonly (Scheme Scheme, Contributor? Owner, int Ordinal)[] byOrdinal;

    private PlanIndex(Plan plan)
    {
        // First wins and ids are compared as written, as in Plan.FindScheme and Plan.OwnerOf (which trim only the id looked up).
        foreach (var scheme in plan.Schemes)
        {
            schemes.TryAdd(scheme.Id, scheme);
        }
        foreach (var contributor in plan.Contributors)
        {
            foreach (var id in contributor.SchemeIds)
            {
                owners.TryAdd(id, contributor);
            }
        }
        foreach (var (id, scheme) in schemes)
        {
            schemesWithOwners.Add(id, (scheme, OwnerOf(scheme.Id), schemesWithOwners.Count));
        }
        schemesWithOwnersBySpan = schemesWithOwners.GetAlternateLookup<ReadOnlySpan<char>>();
        byOrdinal = new (Scheme, Contributor?, int)[schemesWithOwners.Count];
        foreach (var entry in schemesWithOwners.Values)
        {
            byOrdinal[entry.Ordinal] = entry;
        }
        foreach (var contributor in plan.Contributors)
        {
            contributorOrdinals.TryAdd(contributor, [.. contributor.SchemeIds.Select(OrdinalOf)]);
        }
    }

    public static PlanIndex Of(Plan plan) => Cache.GetValue(plan, p => new PlanIndex(p));

    public Scheme? FindScheme(string schemeId) => schemes.GetValueOrDefault(schemeId.Trim());

    public Contributor? OwnerOf(string schemeId) => owners.GetValueOrDefault(schemeId.Trim());

    /// <summary>How many distinct schemes the plan has: <see cref="FindSchemeAndOwner"/>'s ordinals are below it.</summary>
    public int SchemeCount => schemesWithOwners.Count;

    /// <summary><see cref="FindScheme"/>, the <see cref="OwnerOf"/> that scheme's id and its ordinal (0-based, for
    /// per-scheme arrays instead of dictionaries), in one look-up; ordinal -1 when not found.</summary>
    public (Scheme? Scheme, Contributor? Owner, int Ordinal) FindSchemeAndOwner(ReadOnlySpan<char> schemeId) =>
        schemesWithOwnersBySpan.TryGetValue(schemeId.Trim(), out var found) ? found : (null, null, -1);

    /// <summary>What <see cref="FindSchemeAndOwner"/> gives for the scheme of an ordinal (0 to <see cref="SchemeCount"/> - 1).</summary>
    public (Scheme Scheme, Contributor? Owner, int Ordinal) SchemeAndOwnerAt(int ordinal) => byOrdinal[ordinal];

    /// <summary>The <see cref="OrdinalOf"/> each of a contributor's scheme ids, in its order.</summary>
    public ImmutableArray<int> OrdinalsOf(Contributor contributor) =>
        contributorOrdinals.TryGetValue(contributor, out var ordinals) ? ordinals : [.. contributor.SchemeIds.Select(OrdinalOf)];

    /// <summary>The ordinal of the scheme with exactly this id (ignoring case, not trimmed), or -1.</summary>
    public int OrdinalOf(string schemeId) => schemesWithOwners.TryGetValue(schemeId, out var found) ? found.Ordinal : -1;
}
