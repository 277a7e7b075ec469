# Container image of the HVS hazard function (image name: hvs-prediction-api, see pom.xml image.name).
#
# Build (the jar and the unpacked TensorFlow natives come from Maven, so the image build needs no network):
#   ./mvnw -B -Pcontainer-image -DskipTests package
#   podman build -t hvs-prediction-api:1.0.0 .          # or: docker build -t hvs-prediction-api:1.0.0 .
# Run (read-only root, only /tmp writable, as the non-root user baked in below):
#   podman run --rm --read-only --tmpfs /tmp -p 8080:8080 hvs-prediction-api:1.0.0
#
# BASE_IMAGE must be a Java 17 runtime on glibc with libstdc++ (TensorFlow's native library needs both).
# The CDS archive is created by the very JVM of BASE_IMAGE, so it always matches the runtime.
ARG BASE_IMAGE=eclipse-temurin:17-jre

FROM ${BASE_IMAGE} AS layers
WORKDIR /build
COPY target/hvs-hazard-function-*.jar app.jar
# Plain-jar layout (not --launcher): CDS can only archive classes that the JVM's own class loader reads
# from jar files, which is what `java -jar app.jar` with lib/*.jar on the manifest Class-Path gives.
# The TensorFlow native jar (160 MB) is dropped: its libraries are in /app/native, unpacked once at build.
RUN java -Djarmode=tools -jar app.jar extract --layers --destination extracted --application-filename app.jar \
 && rm extracted/dependencies/lib/tensorflow-core-native-*-linux-x86_64.jar

FROM ${BASE_IMAGE}
ARG APP_UID=10001
WORKDIR /app
# Least often changed first, so a new model or new code re-pushes only the small top layers.
COPY target/image/native/ /app/native/
COPY --from=layers /build/extracted/dependencies/ /app/
COPY --from=layers /build/extracted/spring-boot-loader/ /app/
COPY --from=layers /build/extracted/snapshot-dependencies/ /app/
COPY --from=layers /build/extracted/application/ /app/
COPY mlruns/ /app/mlruns/

LABEL org.opencontainers.image.title="hvs-prediction-api" \
      org.opencontainers.image.description="HVS thermal-runaway hazard prediction (Spring Cloud Function + TensorFlow Java)"
ENV MLFLOW_TRACKING_URI=/app/mlruns
# TensorFlow without oneDNN: its set-up costs more than this small model's maths (README "Performance").
ENV TF_ENABLE_ONEDNN_OPTS=0

# One RUN: a passwd entry for the numeric user (no useradd needed on any base), then a training run that
# writes the CDS archive. It exits right after the context refresh (spring.context.exit=onRefresh), with
# the same JVM options as the entrypoint, because CDS refuses an archive made under other options, and in
# AOT mode, so the archive holds the classes the served start-up loads.
RUN echo "hvs:x:${APP_UID}:${APP_UID}:hvs:/tmp:/usr/sbin/nologin" >> /etc/passwd \
 && echo "hvs:x:${APP_UID}:" >> /etc/group \
 && java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -Dspring.aot.enabled=true \
         -XX:+UseSerialGC -Xmn64m -XX:MaxRAMPercentage=50 -XX:InitialRAMPercentage=12.5 -XX:+ExitOnOutOfMemoryError \
         -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 \
         -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 \
         -Djava.library.path=/app/native -Dorg.bytedeco.javacpp.pathsFirst=true \
         -Dorg.bytedeco.javacpp.cachedir=/tmp/javacpp-cache \
         -jar /app/app.jar \
 && rm -rf /tmp/* /tmp/.[!.]* \
 && chmod -R a+rX,go-w /app

USER ${APP_UID}:${APP_UID}
EXPOSE 8080

# JVM flags, and why:
# - UseSerialGC: what the JVM picks by itself in a 1 GiB container, made explicit so that the benchmark on a
#   bigger machine measures the same collector; with a ~30 MB live set its young collections take ~2 ms.
# - Xmn64m: a fixed young generation; the heap then commits ~100 MB at full load (RSS ~470-500 MB measured,
#   README "Performance") instead of growing the young generation into the whole heap (RSS > 600 MB with G1).
# - MaxRAMPercentage=50: TensorFlow allocates outside the Java heap, so the heap gets half of the limit.
# - InitialRAMPercentage=12.5: a heap of 128 MB from the start (in 1 GiB). The default (1.6 %) left the old
#   generation ~1 MB beside the 64 MB young one, so start-up's first young collection, which promotes ~13 MB,
#   failed over into a full collection (37 ms) and a heap expansion; ~0.1 s of readiness (issue 7). Untouched
#   heap pages cost no resident memory.
# - ExitOnOutOfMemoryError: a broken JVM exits and the platform replaces it, instead of limping on.
# - Tier4*Threshold x10: C2 starts compiling later. At start-up C2 competes with the main thread for the two
#   cores; later, it compiles the hot serving code all the same (readiness 0.7 s sooner, serving CPU per request
#   unchanged after warm-up: README "Performance").
# - SharedArchiveFile: AppCDS archive from the build (faster start-up); -Xshare:auto tolerates a mismatch.
# - spring.aot.enabled: the bean definitions generated at build time (spring-boot:process-aot) instead of
#   parsing configuration classes and evaluating conditions at every start (README "Performance").
# - java.library.path + javacpp.pathsFirst: TensorFlow's libraries load straight from read-only /app/native.
#   JavaCPP 1.5.11 only accepts a WRITABLE cache dir (it checks canWrite) and would otherwise unpack the
#   680 MB library into /tmp at every start; with pathsFirst it never opens the cache, which may stay empty.
# The server port comes from $PORT (application.yaml: server.port=${PORT:8080}); Knative sets it.
ENTRYPOINT ["java", \
  "-XX:+UseSerialGC", "-Xmn64m", "-XX:MaxRAMPercentage=50", "-XX:InitialRAMPercentage=12.5", \
  "-XX:+ExitOnOutOfMemoryError", \
  "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000", \
  "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000", \
  "-XX:SharedArchiveFile=/app/app.jsa", "-Xshare:auto", "-Dspring.aot.enabled=true", \
  "-Djava.library.path=/app/native", "-Dorg.bytedeco.javacpp.pathsFirst=true", \
  "-Dorg.bytedeco.javacpp.cachedir=/tmp/javacpp-cache", \
  "-jar", "/app/app.jar"]
