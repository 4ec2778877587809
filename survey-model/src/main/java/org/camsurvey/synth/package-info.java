/**
 * Synthetic cities: surveys of any size, deterministic from a seed, laid out like Chongqing's
 * districts, for training, reproducible bug reports and benchmarks.
 */
package org.camsurvey.synth;
