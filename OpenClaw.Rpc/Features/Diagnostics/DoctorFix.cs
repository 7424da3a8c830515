using System.Text.Json.Serialization;
using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary>What <c>--fix</c> changed, in <c>doctor</c> and <c>security.audit</c> answers.</summary>
public sealed record DoctorFix([property: JsonPropertyName("changes")] IReadOnlyList<FixChange> Changes);
