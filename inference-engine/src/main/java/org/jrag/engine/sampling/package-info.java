/** Next-token selection: greedy and a seeded stochastic chain (top-k, nucleus/top-p: Holtzman et al. 2020, min-p). */
package org.jrag.engine.sampling;
