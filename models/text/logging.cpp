#include "text/logging.h"

Q_LOGGING_CATEGORY(lcCorpus, "skimmer.corpus")
Q_LOGGING_CATEGORY(lcSearch, "skimmer.search")
Q_LOGGING_CATEGORY(lcLibrary, "skimmer.library")
Q_LOGGING_CATEGORY(lcUi, "skimmer.ui")
