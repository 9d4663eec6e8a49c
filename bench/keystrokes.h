#pragma once

#include <QStringList>

// The fixed as-you-type sequence every method is timed on: typing "graph neural" key by key, then
// a phrase, an author restriction, an accent-free author name, a rare word and a word that matches
// nothing ("colorization" occurs once in the shipped corpus; the generator keeps its frequency).
inline QStringList benchKeystrokes()
{
    return {QStringLiteral("g"), QStringLiteral("gr"), QStringLiteral("gra"), QStringLiteral("grap"),
            QStringLiteral("graph"), QStringLiteral("graph n"), QStringLiteral("graph ne"),
            QStringLiteral("graph neu"), QStringLiteral("graph neur"), QStringLiteral("graph neura"),
            QStringLiteral("graph neural"), QStringLiteral("\"graph neural\""), QStringLiteral("author:levine"),
            QStringLiteral("scholkopf"), QStringLiteral("colorization"), QStringLiteral("qqxyzzy")};
}
