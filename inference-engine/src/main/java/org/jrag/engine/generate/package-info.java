/** Text generation (prefill + decode loop) and perplexity evaluation on top of the model and a sampler. */
package org.jrag.engine.generate;
