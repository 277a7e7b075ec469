# The image's JVM flags and TensorFlow environment, for the scripts that start the service as the image does
# (run-benchmark.sh, compare-jars.sh). Sourced, not run. JvmFlagsConsistencyTests holds JVM_FLAGS to the Dockerfile.
export TF_CPP_MIN_LOG_LEVEL=1
# As the image runs it (Dockerfile ENV): TensorFlow without oneDNN.
export TF_ENABLE_ONEDNN_OPTS=0

# The Dockerfile's JVM flags, with MaxRAM standing in for the pod's 1Gi memory limit (heap = 50% of it).
# TensorFlow's natives come from the JavaCPP cache here instead of /app/native.
# shellcheck disable=SC2034 # used by the scripts that source this file
JVM_FLAGS=(-XX:+UseSerialGC -Xmn64m -XX:MaxRAM=1g -XX:MaxRAMPercentage=50 -XX:InitialRAMPercentage=12.5
  -XX:+ExitOnOutOfMemoryError
  -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000
  -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000
  -Dspring.aot.enabled=true "-Dorg.bytedeco.javacpp.cachedir=${JAVACPP_CACHEDIR:-$HOME/.javacpp/cache}")
