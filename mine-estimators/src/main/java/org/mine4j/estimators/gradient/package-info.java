/** Utilities for models trained with an MI term: adaptive gradient clipping. */
package org.mine4j.estimators.gradient;
