using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Tests.Builders;

/// <summary>
/// Builds <see cref="Plan"/>s for tests. <see cref="Leicestershire"/> is a small realistic plan (2024-25 sources in
/// template order, two district councils with one DFG scheme each, the county and the ICB); the fluent methods adjust it.
/// </summary>
public sealed class PlanBuilder
{
    public const string Blaby = "blaby";
    public const string Charnwood = "charnwood";
    public const string County = "county";
    public const string Icb = "icb";

    /// <summary>Blaby's DFG scheme: £603,345 planned, 85 adaptations.</summary>
    public const string BlabyDfg = "39";

    /// <summary>Charnwood's DFG scheme: £947,908 planned, 120 adaptations.</summary>
    public const string CharnwoodDfg = "40";

    /// <summary>County, iBCF, LA, Social Care, £9,000,000, no outputs planned.</summary>
    public const string CountyIbcf = "1";

    /// <summary>County, Minimum NHS Contribution, LA, Social Care, £20,000,000, 1,500 packages.</summary>
    public const string CountyHomeCare = "2";

    /// <summary>County-held DFG scheme (Hoarding Project), £315,000, no outputs planned.</summary>
    public const string CountyHoarding = "45";

    /// <summary>County, Local Authority Discharge Funding, LA, Social Care, £4,133,661.</summary>
    public const string CountyDischarge = "60";

    /// <summary>ICB, Minimum NHS Contribution, NHS, Community Health, £12,000,000.</summary>
    public const string IcbCommunity = "10";

    /// <summary>ICB, Minimum NHS Contribution, Joint (60% NHS / 40% LA), Social Care, £5,000,000.</summary>
    public const string IcbJointReablement = "11";

    /// <summary>ICB, Minimum NHS Contribution, NHS, Acute, £2,000,000 (excluded from out-of-hospital spend).</summary>
    public const string IcbAcute = "12";

    /// <summary>ICB, ICB Discharge Funding, NHS, Community Health, £4,355,513.</summary>
    public const string IcbDischarge = "70";

    private string area = "Leicestershire";
    private string year = "2024-25";
    private Lead lead = new("BCF Lead", "bcf.lead@example.gov.uk");
    private readonly List<SourceIncome> income = [];
    private RequiredSpend requiredSpend = new(0m, 0m);
    private readonly List<ContributorDraft> contributors = [];
    private readonly List<Scheme> schemes = [];

    /// <summary>An empty plan (no sources, contributors or schemes) for tests that build everything themselves.</summary>
    public static PlanBuilder Empty() => new();

    public static PlanBuilder Leicestershire() => new PlanBuilder()
        .WithIncome("DFG", 4_850_818m)
        .WithIncome("Minimum NHS Contribution", 51_507_543m)
        .WithIncome("iBCF", 17_690_614m)
        .WithIncome("Additional LA Contribution", 0m)
        .WithIncome("Additional NHS Contribution", 0m)
        .WithIncome("Local Authority Discharge Funding", 4_133_661m)
        .WithIncome("ICB Discharge Funding", 4_355_513m)
        .WithRequiredSpend(14_633_036m, 30_774_296m)
        .WithContributor(Blaby, "Blaby District Council", "dfg@blaby.example.gov.uk")
        .WithContributor(Charnwood, "Charnwood Borough Council", "dfg@charnwood.example.gov.uk")
        .WithContributor(County, "Leicestershire County Council", "bcf@leics.example.gov.uk")
        .WithContributor(Icb, "Leicester, Leicestershire and Rutland ICB", "bcf@llr-icb.example.nhs.uk")
        .WithScheme(Blaby, DfgScheme(BlabyDfg, "Blaby District Council", "Integrated Blaby Planning", 603_345m, 85m))
        .WithScheme(Charnwood, DfgScheme(CharnwoodDfg, "Charnwood Borough Council", "Charnwood DFG adaptations", 947_908m, 120m))
        .WithScheme(County, new Scheme
        {
            Id = CountyIbcf, Name = "iBCF Social Care Support", Description = "Stabilising the social care market",
            SchemeType = "Home Care or Domiciliary Care", AreaOfSpend = "Social Care", Commissioner = Commissioner.LA,
            Provider = "Private Sector", SourceOfFunding = "iBCF", PlannedExpenditure = 9_000_000m,
        })
        .WithScheme(County, new Scheme
        {
            Id = CountyHomeCare, Name = "Help to Live at Home", Description = "Home care packages",
            SchemeType = "Home Care or Domiciliary Care", AreaOfSpend = "Social Care", Commissioner = Commissioner.LA,
            Provider = "Private Sector", SourceOfFunding = "Minimum NHS Contribution", PlannedExpenditure = 20_000_000m,
            PlannedOutputs = 1_500m, Units = "Hours of care",
        })
        .WithScheme(County, new Scheme
        {
            Id = CountyHoarding, Name = "Hoarding Project", Description = "Support for people who hoard",
            SchemeType = "DFG Related Schemes", SubType = "Other", AreaOfSpend = "Social Care", Commissioner = Commissioner.LA,
            Provider = "Local Authority", SourceOfFunding = "DFG", PlannedExpenditure = 315_000m,
        })
        .WithScheme(County, new Scheme
        {
            Id = CountyDischarge, Name = "Discharge to Assess", Description = "Short-term placements on discharge",
            SchemeType = "Residential Placements", AreaOfSpend = "Social Care", Commissioner = Commissioner.LA,
            Provider = "Local Authority", SourceOfFunding = "Local Authority Discharge Funding", PlannedExpenditure = 4_133_661m,
            PlannedOutputs = 400m, Units = "Number of beds",
        })
        .WithScheme(Icb, new Scheme
        {
            Id = IcbCommunity, Name = "Integrated Community Teams", Description = "Community nursing and therapy",
            SchemeType = "Community Based Schemes", AreaOfSpend = "Community Health", Commissioner = Commissioner.NHS,
            Provider = "NHS Community Provider", SourceOfFunding = "Minimum NHS Contribution", PlannedExpenditure = 12_000_000m,
        })
        .WithScheme(Icb, new Scheme
        {
            Id = IcbJointReablement, Name = "Reablement", Description = "Home-based reablement",
            SchemeType = "Home-based intermediate care services", AreaOfSpend = "Social Care", Commissioner = Commissioner.Joint,
            PctNhs = 60m, PctLa = 40m, Provider = "Local Authority", SourceOfFunding = "Minimum NHS Contribution",
            PlannedExpenditure = 5_000_000m, PlannedOutputs = 2_000m, Units = "Packages",
        })
        .WithScheme(Icb, new Scheme
        {
            Id = IcbAcute, Name = "Hospital Discharge Team", Description = "Discharge coordinators in the acute trust",
            SchemeType = "High Impact Change Model for Managing Transfer of Care", AreaOfSpend = "Acute", Commissioner = Commissioner.NHS,
            Provider = "NHS Acute Provider", SourceOfFunding = "Minimum NHS Contribution", PlannedExpenditure = 2_000_000m,
        })
        .WithScheme(Icb, new Scheme
        {
            Id = IcbDischarge, Name = "Discharge Pathway 1", Description = "Home with support after discharge",
            SchemeType = "Community Based Schemes", AreaOfSpend = "Community Health", Commissioner = Commissioner.NHS,
            Provider = "NHS Community Provider", SourceOfFunding = "ICB Discharge Funding", PlannedExpenditure = 4_355_513m,
        });

    /// <summary>A district council's DFG scheme as the template spells it.</summary>
    public static Scheme DfgScheme(string id, string name, string description, decimal planned, decimal? plannedOutputs) => new()
    {
        Id = id, Name = name, Description = description,
        SchemeType = "DFG Related Schemes", SubType = "Adaptations, including statutory DFG grants",
        AreaOfSpend = "Social Care", Commissioner = Commissioner.LA, Provider = "Local Authority",
        SourceOfFunding = "DFG", PlannedExpenditure = planned, PlannedOutputs = plannedOutputs,
        Units = "Number of adaptations funded/people supported",
    };

    public PlanBuilder WithArea(string area, string year)
    {
        this.area = area;
        this.year = year;
        return this;
    }

    public PlanBuilder WithLead(string name, string email)
    {
        lead = new Lead(name, email);
        return this;
    }

    /// <summary>Sets a source's income; a new source is appended (template order is insertion order).</summary>
    public PlanBuilder WithIncome(string source, decimal income)
    {
        var index = this.income.FindIndex(i => i.Source == source);
        if (index >= 0)
        {
            this.income[index] = new SourceIncome(source, income);
        }
        else
        {
            this.income.Add(new SourceIncome(source, income));
        }
        return this;
    }

    public PlanBuilder WithoutIncome(string source)
    {
        this.income.RemoveAll(i => i.Source == source);
        return this;
    }

    public PlanBuilder WithRequiredSpend(decimal nhsCommissionedOutOfHospital, decimal adultSocialCare)
    {
        requiredSpend = new RequiredSpend(nhsCommissionedOutOfHospital, adultSocialCare);
        return this;
    }

    /// <summary>Adds a contributor (or renames an existing one); its schemes come from <see cref="WithScheme(string, Scheme)"/>.</summary>
    public PlanBuilder WithContributor(string id, string? name = null, string? email = null)
    {
        var existing = contributors.Find(c => c.Id == id);
        if (existing is null)
        {
            contributors.Add(new ContributorDraft(id, name ?? id, email ?? $"{id}@example.gov.uk"));
        }
        else
        {
            existing.Name = name ?? existing.Name;
            existing.Email = email ?? existing.Email;
        }
        return this;
    }

    /// <summary>Adds (or replaces, by id) a scheme owned by <paramref name="contributorId"/>; the contributor is created if new.</summary>
    public PlanBuilder WithScheme(string contributorId, Scheme scheme)
    {
        WithoutScheme(scheme.Id);
        WithContributor(contributorId);
        schemes.Add(scheme);
        contributors.Find(c => c.Id == contributorId)!.SchemeIds.Add(scheme.Id);
        return this;
    }

    /// <summary>Adds a scheme from the essentials; everything else takes a plausible default.</summary>
    public PlanBuilder WithScheme(
        string contributorId,
        string id,
        string sourceOfFunding,
        decimal plannedExpenditure,
        Commissioner commissioner = Commissioner.LA,
        string areaOfSpend = "Social Care",
        decimal? plannedOutputs = null,
        string? name = null,
        decimal? pctNhs = null,
        decimal? pctLa = null) =>
        WithScheme(contributorId, new Scheme
        {
            Id = id, Name = name ?? $"Scheme {id}", SchemeType = "Other", AreaOfSpend = areaOfSpend,
            Commissioner = commissioner, PctNhs = pctNhs, PctLa = pctLa, Provider = "Local Authority",
            SourceOfFunding = sourceOfFunding, PlannedExpenditure = plannedExpenditure, PlannedOutputs = plannedOutputs,
        });

    /// <summary>Changes one scheme, e.g. <c>.ModifyScheme("39", s =&gt; s with { PlannedOutputs = null })</c>.</summary>
    public PlanBuilder ModifyScheme(string id, Func<Scheme, Scheme> change)
    {
        var index = schemes.FindIndex(s => s.Id == id);
        if (index < 0)
        {
            throw new ArgumentException($"No scheme '{id}' in the plan being built.", nameof(id));
        }
        schemes[index] = change(schemes[index]);
        return this;
    }

    public PlanBuilder WithoutScheme(string id)
    {
        schemes.RemoveAll(s => s.Id == id);
        foreach (var contributor in contributors)
        {
            contributor.SchemeIds.Remove(id);
        }
        return this;
    }

    public PlanBuilder WithoutContributor(string id)
    {
        foreach (var schemeId in contributors.Find(c => c.Id == id)?.SchemeIds.ToList() ?? [])
        {
            schemes.RemoveAll(s => s.Id == schemeId);
        }
        contributors.RemoveAll(c => c.Id == id);
        return this;
    }

    public Plan Build() => new()
    {
        Area = this.area,
        Year = this.year,
        Lead = lead,
        Income = this.income.ToList(),
        RequiredSpend = requiredSpend,
        Contributors = contributors.Select(c => new Contributor(c.Id, c.Name, c.Email, c.SchemeIds.ToList())).ToList(),
        Schemes = schemes.ToList(),
    };

    private sealed class ContributorDraft(string id, string name, string email)
    {
        public string Id { get; } = id;
        public string Name { get; set; } = name;
        public string Email { get; set; } = email;
        public List<string> SchemeIds { get; } = [];
    }
}
