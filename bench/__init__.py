"""Benchmark of Minbar's pages served by gunicorn; run it with `make bench`."""
