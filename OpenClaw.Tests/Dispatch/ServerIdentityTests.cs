using System.Xml.Linq;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Dispatch;

/// <summary>The version every answer reports is the one Directory.Build.props declares, compiled in as a constant.</summary>
public sealed class ServerIdentityTests
{
    [Test]
    public void The_version_is_the_one_Directory_Build_props_declares()
    {
        string declared = XDocument.Load(SourceTree.PathOf("Directory.Build.props")).Descendants("Version").Single().Value;
        Assert.That(new ServerIdentity(RuntimeTrack.Core).Version, Is.EqualTo(declared));
    }
}
