// runAction() is a template; this file keeps the header compiled on its own.
#include "actions/ActionRunner.h"
