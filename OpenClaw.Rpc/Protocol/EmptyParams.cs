using PolyType;

namespace OpenClaw.Rpc.Protocol;

/// <summary>
/// The params of a method that takes none. Every method takes one params object, so unknown members are
/// ignored the same way everywhere and <c>params</c> may be omitted, null, <c>{}</c> or <c>[]</c>.
/// </summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record EmptyParams;
