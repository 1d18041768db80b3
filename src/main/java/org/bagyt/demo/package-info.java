/** The deterministic demo and benchmark data generator: a prison service modelled on Kyrgyzstan's. */
package org.bagyt.demo;
