from ninja import NinjaAPI

api = NinjaAPI(title="Goyong API", version="1", urls_namespace="api")
