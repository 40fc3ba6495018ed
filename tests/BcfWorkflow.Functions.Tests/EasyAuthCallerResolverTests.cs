using System.Text;
using System.Text.Json;
using BcfWorkflow.Api.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Functions.Tests;

public sealed class EasyAuthCallerResolverTests
{
    private const string BlabyOid = "11111111-1111-1111-1111-111111111111";
    private const string LeadOid = "22222222-2222-2222-2222-222222222222";
    private const string UnmappedOid = "33333333-3333-3333-3333-333333333333";

    private static readonly EasyAuthCallerResolver Resolver = new(Options.Create(new AuthOptions
    {
        Users =
        [
            new ApiUserOptions { ObjectId = BlabyOid, Role = "contributor", Contributor = "blaby", Name = "Blaby DFG officer" },
            new ApiUserOptions { ObjectId = LeadOid, Role = "lead" },
        ],
    }));

    [Theory]
    [InlineData("bcf.lead", LeadOid, CallerRole.Lead, null)]
    [InlineData("bcf.lead", UnmappedOid, CallerRole.Lead, null)]
    [InlineData("bcf.contributor", BlabyOid, CallerRole.Contributor, "blaby")]
    [InlineData("BCF.Contributor", BlabyOid, CallerRole.Contributor, "blaby")]
    public void Resolve_RoleAndObjectId_MapsToCaller(string role, string objectId, CallerRole expectedRole, string? expectedContributor)
    {
        var caller = Resolver.Resolve(Request(Principal(role, objectId)));

        Assert.NotNull(caller);
        Assert.Equal(expectedRole, caller.Role);
        Assert.Equal(expectedContributor, caller.ContributorId);
    }

    [Theory]
    [InlineData("bcf.contributor", UnmappedOid)] // a contributor role but no configured contributor id
    [InlineData("bcf.contributor", LeadOid)] // configured, but as a lead: the token must carry bcf.lead
    [InlineData(null, BlabyOid)] // configured, but no app role assigned
    [InlineData("bcf.admin", BlabyOid)]
    public void Resolve_WithoutAMatchingRoleAndMapping_ReturnsNull(string? role, string objectId)
    {
        Assert.Null(Resolver.Resolve(Request(Principal(role, objectId))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("bm90IGpzb24=")] // "not json"
    public void Resolve_MissingOrMalformedHeader_ReturnsNull(string? header)
    {
        Assert.Null(Resolver.Resolve(Request(header)));
    }

    [Fact]
    public void Resolve_ConfiguredName_NamesTheCaller()
    {
        Assert.Equal("Blaby DFG officer", Resolver.Resolve(Request(Principal("bcf.contributor", BlabyOid)))?.Name);
    }

    [Fact]
    public void Resolve_UnconfiguredLead_IsNamedFromTheNameClaim()
    {
        Assert.Equal("Pat Lead", Resolver.Resolve(Request(Principal("bcf.lead", UnmappedOid, "Pat Lead")))?.Name);
    }

    private static string Principal(string? role, string objectId, string name = "Someone")
    {
        var claims = new List<object>
        {
            new { typ = EasyAuthCallerResolver.ObjectIdClaim, val = objectId },
            new { typ = "name", val = name },
        };
        if (role is not null)
        {
            claims.Add(new { typ = "roles", val = role });
        }
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", name_typ = "name", role_typ = "roles", claims });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    private static HttpRequest Request(string? principal)
    {
        var context = new DefaultHttpContext();
        if (principal is not null)
        {
            context.Request.Headers[EasyAuthCallerResolver.PrincipalHeader] = principal;
        }
        return context.Request;
    }
}
