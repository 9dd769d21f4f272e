# Baseline for the benchmark: what a typical hand-written Dockerfile for
# examples/python-api looks like: the official slim image, the requirements
# installed first for the layer cache (from the wheelhouse, as the example
# has no index), then the source, run as root with python.
FROM python:3.13-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
COPY wheels/ wheels/
RUN pip install --no-cache-dir --no-index --find-links wheels -r requirements.txt
COPY . .
EXPOSE 8080
CMD ["python", "app.py"]
