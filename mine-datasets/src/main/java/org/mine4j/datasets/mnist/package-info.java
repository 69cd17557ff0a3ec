/**
 * MNIST (LeCun et al. 1998) and Fashion-MNIST (Xiao et al. 2017): a checked reader of their IDX
 * files ({@link org.mine4j.datasets.mnist.IdxReader}), one split in memory with float and ND4J
 * views ({@link org.mine4j.datasets.mnist.MnistImages}), and the {@code mnist} and {@code
 * fashion-mnist} datasets of (image, one-hot label) pairs. {@code scripts/fetch-mnist.sh} fetches
 * and verifies the files into {@code data/mnist} and {@code data/fashion-mnist}.
 */
package org.mine4j.datasets.mnist;
