# Prospect Intel container image.
#
#   docker build -t prospect-intel .
#   docker run --rm -p 8000:8000 -e INTEL_SECRET_KEY=... prospect-intel
#
# The same image runs the API (the default command) and the background worker
# (`intel worker`); both migrate the database on start. See docker-compose.yml.

ARG PYTHON_IMAGE=python:3.11-slim

# --- builder: install the project and its dependencies into a venv ------------
FROM ${PYTHON_IMAGE} AS builder

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

WORKDIR /src
# Metadata first, then the packages, so unrelated files never bust the cache.
COPY pyproject.toml README.md ./
COPY intel/ intel/
COPY sources/ sources/
COPY api/ api/
COPY alerts/ alerts/
# A regular (non-editable) install: the venv holds everything the service needs.
RUN pip install . \
    && intel --help > /dev/null

# --- runtime: the venv on a clean slim base, as an unprivileged user -------------
FROM ${PYTHON_IMAGE} AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH="/opt/venv/bin:$PATH"

RUN groupadd --system --gid 10001 intel \
    && useradd --system --uid 10001 --gid intel --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin intel \
    && install -d -o intel -g intel /app

COPY --from=builder /opt/venv /opt/venv

# The working directory is writable so the default SQLite URL (sqlite:///./intel.db)
# also works when the image is run on its own; with PostgreSQL nothing is written here.
WORKDIR /app
USER intel

EXPOSE 8000

# Liveness with a real database round trip (/healthz answers 503 when the database is
# unreachable, which urlopen raises on). Slim images have no curl, so Python it is.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]

CMD ["intel", "serve", "--host", "0.0.0.0", "--port", "8000"]
