/**
 * Text generation (prefill + decode loop, stop strings on decoded text), beam search (length-normalised, as in
 * Wu et al. 2016) and perplexity evaluation on top of the model and a sampler.
 */
package org.jrag.engine.generate;
