using System.Runtime.CompilerServices;
using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Returns;

/// <summary>A plan's schemes and their owners by id (ignoring case), built once per plan instance: the plan's own
/// <see cref="Plan.FindScheme"/> and <see cref="Plan.OwnerOf"/> scan lists, which made reading a return quadratic in
/// its rows. Plans are immutable, so the index is cached against the instance for as long as the plan lives.</summary>
internal sealed class PlanIndex
{
    private static readonly ConditionalWeakTable<Plan, PlanIndex> Cache = [];

    private readonly Dictionary<string, Scheme> _schemes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Contributor> _owners = new(StringComparer.OrdinalIgnoreCase);

    private PlanIndex(Plan plan)
    {
        // First wins and ids are compared as written, as in Plan.FindScheme and Plan.OwnerOf (which trim only the id looked up).
        foreach (var scheme in plan.Schemes)
        {
            _schemes.TryAdd(scheme.Id, scheme);
        }
        foreach (var contributor in plan.Contributors)
        {
            foreach (var id in contributor.SchemeIds)
            {
                _owners.TryAdd(id, contributor);
            }
        }
    }

    public static PlanIndex Of(Plan plan) => Cache.GetValue(plan, p => new PlanIndex(p));

    public Scheme? FindScheme(string schemeId) => _schemes.GetValueOrDefault(schemeId.Trim());

    public Contributor? OwnerOf(string schemeId) => _owners.GetValueOrDefault(schemeId.Trim());
}
