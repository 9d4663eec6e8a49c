#pragma once

#include <QString>
#include <QStringView>

#include <vector>

// One piece of parsed TeX. Text holds what to show (already converted to Unicode); the other kinds
// wrap children. Raw holds original source shown as is, because it was not understood.
struct TexNode
{
    enum Kind { Text, Raw, Group, Sup, Sub, Bold, Italic, Mono, Sqrt, Frac, Accent, Link };
    Kind kind = Text;
    QString text; // Text/Raw: the characters; Accent: the combining mark; Link: the address
    std::vector<TexNode> children; // Frac: exactly two Group children
};

// A stretch of the source and what it became. Verbatim segments are plain text copied one to one
// (so positions inside them map directly); the others are TeX constructs.
struct TexSegment
{
    qsizetype srcBegin = 0;
    qsizetype srcEnd = 0;
    bool verbatim = false;
    std::vector<TexNode> nodes;
};

// Splits abstract text into plain text and TeX: $…$ and $$…$$ math, text-mode commands (\emph{…},
// \url{…}, \%, …). A math segment with anything not understood (unknown command, unbalanced braces)
// becomes one Raw node with its original source, dollars included, so nothing is dropped.
class TexParser
{
public:
    static std::vector<TexSegment> parse(QStringView source);
    // True when the text has anything parse() would convert; false means the text shows as is.
    static bool mightContainTex(QStringView text);

private:
    explicit TexParser(QStringView source, qsizetype end) : m_src(source), m_end(end) { }

    bool parseSequence(std::vector<TexNode> &out, bool math, QChar close);
    bool parseAtom(TexNode &out, bool math);
    bool parseCommand(std::vector<TexNode> &out, bool math);
    bool parseArgument(TexNode &out, bool math);
    bool parseScript(std::vector<TexNode> &out, TexNode::Kind kind);
    bool parseMathCommand(std::vector<TexNode> &out, QStringView name);
    QString readBraced();
    QStringView commandName();
    void appendText(std::vector<TexNode> &out, QStringView text);
    bool tooDeep();

    QStringView m_src;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    int m_depth = 0;
    bool m_tooDeep = false; // the depth bound was hit: the input nests deeper than real TeX
};
