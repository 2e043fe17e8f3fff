#include "reportjson.h"
