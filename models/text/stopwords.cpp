#include "text/stopwords.h"

#include <QSet>
#include <QString>

namespace StopWords {

bool contains(QStringView foldedTerm)
{
    static const QSet<QString> words = [] {
        const char *list =
            "a about above after again against all almost also although always am among an and another any are "
            "around as at be because been before being below between both but by can cannot could did do does "
            "doing done down during each either else even ever every few for from further had has have having "
            "he her here hers herself him himself his how however i if in into is it its itself just least less "
            "like made make makes making many may me might more most much must my myself neither no nor not now "
            "of off often on once one only onto or other others otherwise our ours ourselves out over own per "
            "rather same several she should since so some such than that the their theirs them themselves then "
            "there thereby therefore these they this those though three through thus to too two under until up "
            "upon us use used uses using very via was we well were what when where whether which while who whom "
            "whose why will with within without would yet you your yours yourself "
            // the stock phrases of abstracts
            "paper propose proposed proposes approach approaches method methods show shows shown present "
            "presents introduce introduces novel new based result results work works demonstrate demonstrates "
            "achieve achieves experiments experimental state art existing prior recent recently problem "
            "problems study studies task tasks performance improve improves improved significantly various "
            "different first second able better provide provides furthermore moreover e.g i.e etc "
            // TeX left over when a command is not understood
            "mathbf mathcal mathbb mathrm boldsymbol frac text textit textbf texttt emph url href sqrt times cdot "
            "widetilde tilde";
        QSet<QString> set;
        for (const QString &w : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return words.contains(QString::fromRawData(foldedTerm.data(), foldedTerm.size()));
}

} // namespace StopWords
