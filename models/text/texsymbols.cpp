#include "text/texsymbols.h"

#include <QHash>

#include <string_view>
#include <unordered_map>

namespace TexSymbols {

namespace {
// Keyed by views of the literals, so a lookup needs no QString of the name (one per command).
using Table = std::unordered_map<std::u16string_view, QString>;

const Table &symbols()
{
    static const Table table = [] {
        Table t;
        static const char16_t *const pairs[][2] = {
            {u"alpha", u"α"}, {u"beta", u"β"}, {u"gamma", u"γ"}, {u"delta", u"δ"}, {u"epsilon", u"ϵ"},
            {u"varepsilon", u"ε"}, {u"zeta", u"ζ"}, {u"eta", u"η"}, {u"theta", u"θ"}, {u"vartheta", u"ϑ"},
            {u"iota", u"ι"}, {u"kappa", u"κ"}, {u"lambda", u"λ"}, {u"mu", u"μ"}, {u"nu", u"ν"}, {u"xi", u"ξ"},
            {u"pi", u"π"}, {u"varpi", u"ϖ"}, {u"rho", u"ρ"}, {u"varrho", u"ϱ"}, {u"sigma", u"σ"},
            {u"varsigma", u"ς"}, {u"tau", u"τ"}, {u"upsilon", u"υ"}, {u"phi", u"ϕ"}, {u"varphi", u"φ"},
            {u"chi", u"χ"}, {u"psi", u"ψ"}, {u"omega", u"ω"}, {u"Gamma", u"Γ"}, {u"Delta", u"Δ"},
            {u"Theta", u"Θ"}, {u"Lambda", u"Λ"}, {u"Xi", u"Ξ"}, {u"Pi", u"Π"}, {u"Sigma", u"Σ"},
            {u"Upsilon", u"Υ"}, {u"Phi", u"Φ"}, {u"Psi", u"Ψ"}, {u"Omega", u"Ω"},
            {u"pm", u"±"}, {u"mp", u"∓"}, {u"times", u"×"}, {u"div", u"÷"}, {u"cdot", u"·"}, {u"ast", u"∗"},
            {u"star", u"⋆"}, {u"circ", u"∘"}, {u"bullet", u"•"}, {u"leq", u"≤"}, {u"le", u"≤"},
            {u"geq", u"≥"}, {u"ge", u"≥"}, {u"neq", u"≠"}, {u"ne", u"≠"}, {u"approx", u"≈"}, {u"sim", u"∼"},
            {u"simeq", u"≃"}, {u"equiv", u"≡"}, {u"propto", u"∝"}, {u"ll", u"≪"}, {u"gg", u"≫"},
            {u"in", u"∈"}, {u"notin", u"∉"}, {u"ni", u"∋"}, {u"subset", u"⊂"}, {u"subseteq", u"⊆"},
            {u"supset", u"⊃"}, {u"supseteq", u"⊇"}, {u"cup", u"∪"}, {u"cap", u"∩"}, {u"setminus", u"∖"},
            {u"emptyset", u"∅"}, {u"varnothing", u"∅"}, {u"forall", u"∀"}, {u"exists", u"∃"}, {u"neg", u"¬"},
            {u"lnot", u"¬"}, {u"land", u"∧"}, {u"wedge", u"∧"}, {u"lor", u"∨"}, {u"vee", u"∨"},
            {u"oplus", u"⊕"}, {u"otimes", u"⊗"}, {u"odot", u"⊙"}, {u"infty", u"∞"}, {u"partial", u"∂"},
            {u"nabla", u"∇"}, {u"sum", u"∑"}, {u"prod", u"∏"}, {u"int", u"∫"}, {u"ell", u"ℓ"},
            {u"to", u"→"}, {u"rightarrow", u"→"}, {u"leftarrow", u"←"}, {u"gets", u"←"},
            {u"Rightarrow", u"⇒"}, {u"Leftarrow", u"⇐"}, {u"leftrightarrow", u"↔"}, {u"iff", u"⇔"},
            {u"implies", u"⇒"}, {u"mapsto", u"↦"}, {u"mid", u"∣"}, {u"parallel", u"∥"}, {u"perp", u"⊥"},
            {u"top", u"⊤"}, {u"dots", u"…"}, {u"ldots", u"…"}, {u"cdots", u"⋯"}, {u"langle", u"⟨"},
            {u"rangle", u"⟩"}, {u"lfloor", u"⌊"}, {u"rfloor", u"⌋"}, {u"lceil", u"⌈"}, {u"rceil", u"⌉"},
            {u"prime", u"′"}, {u"degree", u"°"}, {u"hbar", u"ℏ"}, {u"aleph", u"ℵ"},
            {u"textquotedblleft", u"“"}, {u"textquotedblright", u"”"}, {u"textendash", u"–"},
            {u"textemdash", u"—"}, {u"quad", u" "}, {u"qquad", u" "},
        };
        for (const auto &p : pairs)
            t.try_emplace(p[0], QString::fromUtf16(p[1]));
        for (const char16_t *op : {u"log", u"ln", u"exp", u"sin", u"cos", u"tan", u"tanh", u"sinh", u"cosh", u"max",
                                   u"min", u"arg", u"argmax", u"argmin", u"lim", u"sup", u"inf", u"det", u"dim",
                                   u"ker", u"Pr", u"deg"})
            t.try_emplace(op, QString::fromUtf16(op));
        return t;
    }();
    return table;
}

QString find(const Table &table, QStringView name)
{
    const auto it = table.find(std::u16string_view(name.utf16(), size_t(name.size())));
    return it == table.end() ? QString() : it->second;
}

QString fromUcs4(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}
} // namespace

QString symbol(QStringView name)
{
    return find(symbols(), name);
}

QString accent(QStringView name)
{
    static const Table accents = {
        {u"tilde", u"\u0303"_qs}, {u"widetilde", u"\u0303"_qs}, {u"hat", u"\u0302"_qs},
        {u"widehat", u"\u0302"_qs}, {u"bar", u"\u0304"_qs}, {u"overline", u"\u0305"_qs},
        {u"vec", u"\u20D7"_qs}, {u"dot", u"\u0307"_qs}, {u"ddot", u"\u0308"_qs},
    };
    return find(accents, name);
}

bool isIgnoredSwitch(QStringView name)
{
    static const QStringList switches = {
        u"large"_qs, u"Large"_qs, u"small"_qs, u"tiny"_qs, u"normalsize"_qs, u"sf"_qs, u"it"_qs, u"bf"_qs,
        u"rm"_qs, u"tt"_qs, u"displaystyle"_qs, u"textstyle"_qs, u"left"_qs, u"right"_qs, u"big"_qs,
        u"Big"_qs, u"bigl"_qs, u"bigr"_qs, u"Bigl"_qs, u"Bigr"_qs, u"limits"_qs, u"nolimits"_qs,
    };
    return switches.contains(name);
}

QString blackboard(QChar c)
{
    static const QHash<QChar, char32_t> holes = {{u'C', 0x2102}, {u'H', 0x210D}, {u'N', 0x2115},
                                                 {u'P', 0x2119}, {u'Q', 0x211A}, {u'R', 0x211D}, {u'Z', 0x2124}};
    if (holes.contains(c))
        return fromUcs4(holes.value(c));
    if (c >= u'A' && c <= u'Z')
        return fromUcs4(0x1D538 + (c.unicode() - u'A'));
    if (c >= u'a' && c <= u'z')
        return fromUcs4(0x1D552 + (c.unicode() - u'a'));
    if (c >= u'0' && c <= u'9')
        return fromUcs4(0x1D7D8 + (c.unicode() - u'0'));
    return QString(c);
}

QString calligraphic(QChar c)
{
    static const QHash<QChar, char32_t> holes = {
        {u'B', 0x212C}, {u'E', 0x2130}, {u'F', 0x2131}, {u'H', 0x210B}, {u'I', 0x2110}, {u'L', 0x2112},
        {u'M', 0x2133}, {u'R', 0x211B}, {u'e', 0x212F}, {u'g', 0x210A}, {u'o', 0x2134}};
    if (holes.contains(c))
        return fromUcs4(holes.value(c));
    if (c >= u'A' && c <= u'Z')
        return fromUcs4(0x1D49C + (c.unicode() - u'A'));
    if (c >= u'a' && c <= u'z')
        return fromUcs4(0x1D4B6 + (c.unicode() - u'a'));
    return QString(c);
}

namespace {
QChar lookup(const QString &from, const QString &to, QChar c)
{
    const qsizetype i = from.indexOf(c);
    return i < 0 ? QChar() : to.at(i);
}
} // namespace

QChar superscript(QChar c)
{
    static const QString from = u"0123456789+-−=()niabcdefghjklmoprstuvwxyzABDEGHIJKLMNOPRTUVW*'βγδφχ"_qs;
    static const QString to = u"⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ*′ᵝᵞᵟᵠᵡ"_qs;
    return lookup(from, to, c);
}

QChar subscript(QChar c)
{
    static const QString from = u"0123456789+-−=()aehijklmnoprstuvxβγρφχ"_qs;
    static const QString to = u"₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ"_qs;
    return lookup(from, to, c);
}

} // namespace TexSymbols
