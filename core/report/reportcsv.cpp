#include "reportcsv.h"
